/* called-once.c with GCC's "called once" inlining held back by its
   size limit: the copy that the low-gear clone calls keeps a body of
   its own, and updates at points inside it, while the clone runs after
   an earlier update, must find it registered and not decline.  */
/* { dg-do run } */
/* { dg-options "--param=max-inline-functions-called-once-insns=1" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include "called-once.c"

/* dg reads these from this file only: those of called-once.c do not
   count here.  */
/* { dg-output "^run = 884828 785382\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
