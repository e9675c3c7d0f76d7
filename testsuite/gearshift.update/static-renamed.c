/* A static whose file was renamed in version 2 (static-renamed.c became
   tally.c) keeps its value: the match by name and type is unambiguous,
   and the outcome says so.  A global that version 2 no longer has is
   named as left behind.  With no file in common, the two versions are
   one program by the name they both give it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-program=static-renamed" } */
/* { dg-versions "versions/static-renamed-v2/tally.c=static-renamed-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int hits = 100;
int spare = 7;

static int __attribute__ ((noinline))
bump (int by)
{
  static int calls = 0;
  calls++;
  hits += by;
  spare += calls;
  return calls;
}

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./static-renamed-v2.so");
      int calls = bump (i);
      printf ("v1 i=%d hits=%d calls=%d spare=%d\n", i, hits, calls, spare);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 hits=100 calls=1 spare=8\n" } */
/* { dg-output "v1 i=1 hits=101 calls=2 spare=10\n" } */
/* { dg-output "v1 i=2 hits=103 calls=3 spare=13\n" } */
/* { dg-output "v2 i=3 hits=133 calls=4\n" } */
/* { dg-output "v2 i=4 hits=173 calls=5\n" } */
/* { dg-output "v2 i=5 hits=223 calls=6\n" } */
/* { dg-output "status 0: updated to \[^ \]+/static-renamed-v2.so: 1 frames, 2 globals mapped, \[0-9\]+ functions redirected; found in a renamed file: \[^;\]*hits \\(tally.c\\) from static-renamed.c\[^;\]*; left behind: spare\n$" } */
