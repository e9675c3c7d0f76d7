/* gear=low is refused until low-gear clones exist: accepting it would
   build an ordinary high-gear program and mislead any benchmark.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=low" } */
/* { dg-error "'-fplugin-arg-gearshift-gear=low' is not implemented yet" "" { target *-*-* } 0 } */

int x;
