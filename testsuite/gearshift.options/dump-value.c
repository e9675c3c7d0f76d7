/* -fplugin-arg-gearshift-dump is a flag: giving it a value (as in
   -dump=details) is an error rather than ignored.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-dump=details" } */
/* { dg-error "'-fplugin-arg-gearshift-dump' takes no value" "" { target *-*-* } 0 } */

int x;
