/* Three versions in a row: a constant's address taken by version 1 and
   held in the heap compares equal to version 3's address of it, and
   reads version 3's contents.  */
/* { dg-do run } */
/* { dg-versions "versions/const-chain-v2/const-chain.c=const-chain-v2.so versions/const-chain-v3/const-chain.c=const-chain-v3.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static const int limits[2] = { 1, 2 };
static const char name[] = "abc";

struct held { const int *limits; const char *name; };

static struct held * __attribute__ ((noinline))
hold (void)
{
  struct held *h = malloc (sizeof *h);
  h->limits = limits;
  h->name = name;
  return h;
}

int
main (void)
{
  struct held *h = hold ();
  for (int i = 0; i < 4; i++)
    {
      printf ("v1 i=%d limit=%d same=%d name=%s same=%d\n", i, h->limits[1],
	      h->limits == limits, h->name, h->name == name);
      if (i == 1)
	gearshift_request_update ("./const-chain-v2.so");
      gearshift_update_point ("tick");
    }
  free (h);
  return 0;
}

/* { dg-output "^v1 i=0 limit=2 same=1 name=abc same=1\nv1 i=1 limit=2 same=1 name=abc same=1\n" } */
/* { dg-output "v2 i=2 limit=20 same=1 name=xyz same=1\n" } */
/* { dg-output "v3 i=3 limit=200 same=1 name=XYZ same=1\n" } */
/* { dg-output "v3: status 0: updated to \[^ \]+/const-chain-v3.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected; constants given new contents: name \\(const-chain.c\\), limits \\(const-chain.c\\)\n$" } */
