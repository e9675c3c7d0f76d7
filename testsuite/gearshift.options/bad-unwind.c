/* -fplugin-arg-gearshift-unwind accepts only check and eh; anything
   else is an error naming them.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-unwind=zero" } */
/* { dg-error "'-fplugin-arg-gearshift-unwind=zero': expected 'check' or 'eh'" "" { target *-*-* } 0 } */

int x;
