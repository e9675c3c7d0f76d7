/* An empty program name (-fplugin-arg-gearshift-program=) is an error
   too: two programs with no name would otherwise share one.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-program=" } */
/* { dg-error "'-fplugin-arg-gearshift-program' needs a name \\(printable characters\\)" "" { target *-*-* } 0 } */

int x;
