/* -fplugin-arg-gearshift-gear accepts only dual and low; anything else
   is an error naming them.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-gear=high" } */
/* { dg-error "'-fplugin-arg-gearshift-gear=high': expected 'dual' or 'low'" "" { target *-*-* } 0 } */

int x;
