/* -fplugin-arg-gearshift-program names the program in the metadata:
   without a name it would name nothing, which is surely a mistake.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-program" } */
/* { dg-error "'-fplugin-arg-gearshift-program' needs a name \\(printable characters\\)" "" { target *-*-* } 0 } */

int x;
