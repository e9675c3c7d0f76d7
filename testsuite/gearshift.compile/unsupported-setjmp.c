/* A caller of setjmp cannot be instrumented: a longjmp could land in a
   frame that was unwound.  It gets a located warning and no points.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <setjmp.h>

jmp_buf env;
extern void risky (void);

int
guarded (void)			/* { dg-warning "'guarded' is not instrumented: it calls setjmp" } */
{
  if (setjmp (env))
    return 1;
  risky ();
  return 0;
}

/* { dg-final { scan-gearshift-dump "function guarded: not instrumented" } } */
