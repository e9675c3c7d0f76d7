/* unwind=eh: loop-call-no-entry.c's loops, whose calls have landing pads
   and no check after them, have points of their own all the same.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-additional-sources "aux/loop-call-b.c" } */

#include "loop-call-no-entry.c"

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*loop-call-no-entry\\.c:24\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 11\n" } */
/* { dg-output "    i = 11\n" } */
/* { dg-output "gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*loop-call-no-entry\\.c:24\\) at point \[0-9\]+ \"loop2\" \\(loop, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 142\n" } */
/* { dg-output "    j = 21\n" } */
/* { dg-output "300\n$" } */
