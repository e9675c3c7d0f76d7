/* Every bad option is reported, not only the first, so one rebuild is
   enough to see all the mistakes on a command line.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-points=often -fplugin-arg-gearshift-colour=red -fplugin-arg-gearshift-gear=" } */
/* { dg-error "'-fplugin-arg-gearshift-points=often': expected" "" { target *-*-* } 0 } */
/* { dg-error "unknown option '-fplugin-arg-gearshift-colour'; known: points, gear, unwind, heap, exclude, allocator, short-loop, program, dump, verbose" "" { target *-*-* } 0 } */
/* { dg-error "'-fplugin-arg-gearshift-gear=': expected 'dual' or 'low'" "" { target *-*-* } 0 } */

int x;
