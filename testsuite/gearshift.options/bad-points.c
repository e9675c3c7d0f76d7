/* An unknown placement policy is an error naming the accepted values,
   not a silent fall-back to auto.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-points=all" } */
/* { dg-error "'-fplugin-arg-gearshift-points=all': expected 'auto', 'loops' or 'manual'" "" { target *-*-* } 0 } */

int x;
