/* -fplugin-arg-gearshift-heap accepts only plain and typed; anything
   else is an error naming them.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-heap=tracked" } */
/* { dg-error "'-fplugin-arg-gearshift-heap=tracked': expected 'plain' or 'typed'" "" { target *-*-* } 0 } */

int x;
