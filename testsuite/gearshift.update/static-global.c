/* Statics are mapped by file basename and name: a file-scope static and
   a function-local static both keep their values in version 2.  */
/* { dg-do run } */
/* { dg-versions "versions/static-global-v2/static-global.c=static-global-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int hits = 100;

static int __attribute__ ((noinline))
bump (int by)
{
  static int calls = 0;
  calls++;
  hits += by;
  return calls;
}

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./static-global-v2.so");
      int calls = bump (i);
      printf ("v1 i=%d hits=%d calls=%d\n", i, hits, calls);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 hits=100 calls=1\n" } */
/* { dg-output "v1 i=1 hits=101 calls=2\n" } */
/* { dg-output "v1 i=2 hits=103 calls=3\n" } */
/* { dg-output "v2 i=3 hits=133 calls=4\n" } */
/* { dg-output "v2 i=4 hits=173 calls=5\n" } */
/* { dg-output "v2 i=5 hits=223 calls=6\n" } */
/* { dg-output "status 0: updated to \[^ \]+/static-global-v2.so: 1 frames, 2 globals mapped, \[0-9\]+ functions redirected\n$" } */
