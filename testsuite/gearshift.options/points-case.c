/* Policy names are matched exactly: "Auto" is not "auto", and the error
   says which value was rejected.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-points=Auto" } */
/* { dg-error "'-fplugin-arg-gearshift-points=Auto': expected" "" { target *-*-* } 0 } */

int x;
