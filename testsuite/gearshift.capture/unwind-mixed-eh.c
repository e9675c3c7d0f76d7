/* unwind-mixed.c the other way round: a unit built with unwind=eh calls
   one built with unwind=check, whose points cannot capture (they would
   return to a call site that has a landing pad but no check) and
   decline; the request is taken at the first unit's next point.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */
/* { dg-additional-sources "aux/unwind-mixed-b.c" } */
/* { dg-additional-sources-options "-fplugin-arg-gearshift-unwind=check" } */

#include "unwind-mixed.c"

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*unwind-mixed\\.c:17\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*\\)\n" } */
/* { dg-output "    total = 10\n" } */
/* { dg-output "    round = 1\n" } */
/* { dg-output "25\n" } */
/* { dg-output "gearshift: 1 updates, 4 declined\[^\n\]*\n$" } */
