/* -fplugin-arg-gearshift-allocator without a list of names names no
   allocator, which is surely a mistake: an error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-allocator" } */
/* { dg-error "'-fplugin-arg-gearshift-allocator' needs a comma-separated list of function names" "" { target *-*-* } 0 } */

int x;
