/* A computed goto (&&label) makes control flow that cannot be re-entered
   at a point: a warning at the goto statement, no instrumentation.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
dispatch (const unsigned char *code)
{
  static void *ops[] = { &&inc, &&dec, &&stop };
  int acc = 0;
  goto *ops[*code++]; /* { dg-warning "'dispatch' is not instrumented: it uses a computed goto" } */
 inc:
  acc = work (acc + 1);
  goto *ops[*code++];
 dec:
  acc--;
  goto *ops[*code++];
 stop:
  return acc;
}

/* { dg-final { scan-gearshift-dump "function dispatch: not instrumented: it uses a computed goto$" } } */
