/* -fplugin-arg-gearshift-exclude without a list of names excludes
   nothing, which is surely a mistake: an error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-exclude" } */
/* { dg-error "'-fplugin-arg-gearshift-exclude' needs a comma-separated list of function names" "" { target *-*-* } 0 } */

int x;
