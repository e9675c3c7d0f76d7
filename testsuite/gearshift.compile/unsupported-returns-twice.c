/* Any returns_twice function (not only setjmp) makes its caller
   uninstrumentable, and __builtin_setjmp does too.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int snapshot (void) __attribute__ ((returns_twice));
extern int work (int);
void *jb[5];

int
user_rt (int n) /* { dg-warning "'user_rt' is not instrumented: it calls setjmp or another function that returns twice" } */
{
  if (snapshot ())
    return 1;
  return work (n);
}

int
builtin_sj (int n) /* { dg-warning "'builtin_sj' is not instrumented: it calls setjmp or another function that returns twice" } */
{
  if (__builtin_setjmp (jb))
    return 1;
  return work (n);
}

/* { dg-final { scan-gearshift-dump-times "not instrumented: it calls setjmp or another function that returns twice$" 2 } } */
