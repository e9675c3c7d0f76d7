/* -fplugin-arg-gearshift-exclude= with an empty value is the same
   mistake as no value at all: an error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-exclude=" } */
/* { dg-error "'-fplugin-arg-gearshift-exclude' needs a comma-separated list" "" { target *-*-* } 0 } */

int x;
