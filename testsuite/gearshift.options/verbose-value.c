/* -fplugin-arg-gearshift-verbose is a flag: giving it a value (as in
   -verbose=2) is an error rather than ignored.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-verbose=2" } */
/* { dg-error "'-fplugin-arg-gearshift-verbose' takes no value" "" { target *-*-* } 0 } */

int x;
