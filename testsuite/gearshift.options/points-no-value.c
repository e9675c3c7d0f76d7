/* -fplugin-arg-gearshift-points with no value is an error too: there is
   no default to assume when the user meant to choose.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-points" } */
/* { dg-error "'-fplugin-arg-gearshift-points=': expected 'auto', 'loops' or 'manual'" "" { target *-*-* } 0 } */

int x;
