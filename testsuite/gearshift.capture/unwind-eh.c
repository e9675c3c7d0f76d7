/* unwind=eh: mutual-recursion.c's two functions that call each other,
   the capture at an entry point unwinding as an exception through the
   landing pads of their calls (and of main's, in a cleanup region for
   STEPS, whose address is taken), each saving its frame.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include "mutual-recursion.c"

/* { dg-output "^gearshift: captured 7 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 is_odd \\(\[^\n\]*mutual-recursion\\.c:24\\) at point \[0-9\]+ \"entry\" \\(entry, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 2\n" } */
/* { dg-output "    steps = 0x\[0-9a-f\]+\n" } */
/* { dg-output "#1 is_even \\(\[^\n\]*mutual-recursion\\.c:12\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*mutual-recursion\\.c:19:\[0-9\]+\\)\n" } */
/* { dg-output "#2 is_odd \\(\[^\n\]*mutual-recursion\\.c:24\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*mutual-recursion\\.c:29:\[0-9\]+\\)\n" } */
/* { dg-output "#3 is_even \\(\[^\n\]*mutual-recursion\\.c:12\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#4 is_odd \\(\[^\n\]*\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#5 is_even \\(\[^\n\]*\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#6 main \\(\[^\n\]*mutual-recursion\\.c:34\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*mutual-recursion\\.c:37:\[0-9\]+\\)\n" } */
/* { dg-output "    steps = 5\n" } */
/* { dg-output "0 8\n$" } */
