/* A noreturn function can never be unwound: refused with a warning when
   it has a loop (where a point would have mattered), silently otherwise.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

__attribute__ ((noreturn)) void
serve (void) /* { dg-warning "'serve' is not instrumented: it does not return, so it can never be unwound" } */
{
  for (;;)
    work (0);
}

__attribute__ ((noreturn)) void
quit (int code)
{
  work (code);
  __builtin_exit (code);
}

int
caller (int n)
{
  if (n < 0)
    quit (1);
  if (n == 0)
    serve ();
  return work (n);
}

/* { dg-final { scan-gearshift-dump "function serve: not instrumented: it does not return, so it can never be unwound$" } } */
/* { dg-final { scan-gearshift-dump "function quit: not instrumented: no need$" } } */
/* { dg-final { scan-gearshift-dump "function caller: instrumented, 0 points, frame 0 bytes, passes$" } } */
