/* unwind=eh: a capture unwinds the stack as an exception, through the
   landing pads of the call-site points, with address-taken locals passed
   down a recursion and kept in a global (their end-of-scope clobbers
   put the calls in cleanup regions, which the landing pads nest in):
   gear-low-side-stack.c's program in high gear.  With an update at
   every point, it computes what it computes without the plugin.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include "gear-low-side-stack.c"

/* { dg-output "^total = 4342907\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
