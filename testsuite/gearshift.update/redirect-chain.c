/* Three versions in a row: a handler stored in the heap by version 1
   runs version 2's code after the first update and version 3's after
   the second (version 1's entry jumps straight to version 3's), and
   compares equal to each version's address of the function, its
   first.  */
/* { dg-do run } */
/* { dg-versions "versions/redirect-chain-v2/redirect-chain.c=redirect-chain-v2.so versions/redirect-chain-v3/redirect-chain.c=redirect-chain-v3.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

typedef int (*handler) (int);

static int __attribute__ ((noinline))
handle (int x)
{
  return x + 1;
}

static handler * __attribute__ ((noinline))
keep (void)
{
  handler *h = malloc (sizeof *h);
  *h = handle;
  return h;
}

int
main (void)
{
  handler *h = keep ();
  for (int i = 0; i < 4; i++)
    {
      printf ("v1 i=%d handle=%d same=%d\n", i, (*h) (i), *h == handle);
      if (i == 1)
	gearshift_request_update ("./redirect-chain-v2.so");
      gearshift_update_point ("tick");
    }
  free (h);
  return 0;
}

/* { dg-output "^v1 i=0 handle=1 same=1\nv1 i=1 handle=2 same=1\n" } */
/* { dg-output "v2 i=2 handle=202 same=1\n" } */
/* { dg-output "v3 i=3 handle=3003 same=1\n" } */
/* { dg-output "v3: status 0: updated to \[^ \]+/redirect-chain-v3.so: 1 frames, 0 globals mapped, 2 functions redirected\n$" } */
