/* -fplugin-arg-gearshift-verbose gives a note per instrumented function
   with its point count and frame size, none for a function left alone
   for having nothing to instrument, and one for a variadic function left
   alone without a warning.  */
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
vari (int n, ...) /* { dg-warning "note: gearshift: 'vari' is not instrumented: it is variadic; an update waits until it returns" } */
{
  return n;
}
