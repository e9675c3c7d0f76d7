/* -fplugin-arg-gearshift-short-loop takes a number of iterations; a
   word, a sign or a missing value is an error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-short-loop=-5" } */
/* { dg-error "'-fplugin-arg-gearshift-short-loop=-5': expected a number of iterations from 0 to 1073741824" "" { target *-*-* } 0 } */

int x;
