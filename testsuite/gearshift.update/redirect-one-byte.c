/* A function whose body is one byte (ret, from -O1) is redirected when
   the assembler's padding follows it, in whichever form: a 15-byte pad
   after it starts "66 66 2e 0f 1f 84" (prefixed nops).  */
/* { dg-do run } */
/* { dg-versions "versions/redirect-one-byte-v2/redirect-one-byte.c=redirect-one-byte-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

typedef void (*hook_fn) (int *);

static void __attribute__ ((noinline))
hook (int *x)
{
  (void) x;
}

static void __attribute__ ((noinline))
other (int *x)
{
  *x += 10;
}

static hook_fn * __attribute__ ((noinline))
keep (void)
{
  hook_fn *h = malloc (2 * sizeof *h);
  h[0] = hook;
  h[1] = other;
  return h;
}

int
main (void)
{
  hook_fn *h = keep ();
  for (int i = 0; i < 3; i++)
    {
      int r = 0;
      h[0] (&r);
      h[1] (&r);
      printf ("v1 i=%d r=%d\n", i, r);
      if (i == 1)
	gearshift_request_update ("./redirect-one-byte-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 r=10\nv1 i=1 r=10\n" } */
/* { dg-output "v2 i=2 r=12\n" } */
/* { dg-output "status 0: updated to \[^ \]+/redirect-one-byte-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
