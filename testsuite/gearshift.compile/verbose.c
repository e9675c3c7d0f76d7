/* -fplugin-arg-gearshift-verbose gives a note per instrumented function
   with its point count and frame size, and none for refused ones.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-verbose" } */

extern int work (int);

int
looper (int n) /* { dg-warning "note: gearshift: 'looper' instrumented: 2 update points, frame of 8 bytes" } */
{
  int s = 0;
  while (work (s) < n)
    s++;
  return s;
}

int
leaf (int a, int b) /* { dg-bogus "note: gearshift: 'leaf'" "no point, no call: left alone, no note" } */
{
  return a + b;
}

int
vari (int n, ...) /* { dg-warning "'vari' is not instrumented: it is variadic" } */
{
  return n;
}
