/* called-once.c with -fno-toplevel-reorder, where GCC outputs functions
   and variables in source order: the function table, created after the
   functions, still gets the address of every body that GCC outputs, so
   no capture through them is declined.  */
/* { dg-do run } */
/* { dg-options "-fno-toplevel-reorder" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include "called-once.c"

/* dg reads these from this file only: those of called-once.c do not
   count here.  */
/* { dg-output "^run = 884828 785382\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
