/* A local struct whose type changed (fields reordered, one renamed, one
   added, one removed) is converted field by field in the frame that was
   on the stack, as the new version asks with GEARSHIFT_CONVERT_BY_NAME
   and GEARSHIFT_FIELD_RENAMED: no transformer to write.  */
/* { dg-do run } */
/* { dg-versions "versions/local-by-name-v2/local-by-name.c=local-by-name-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct stats { int hits; int misses; int spare; };

static struct stats __attribute__ ((noinline))
tally (struct stats s, int i)
{
  s.hits += i;
  s.misses += 2 * i;
  s.spare = 7;
  return s;
}

int
main (void)
{
  struct stats s = { 100, 200, 0 };
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./local-by-name-v2.so");
      s = tally (s, i);
      printf ("v1 i=%d hits=%d misses=%d\n", i, s.hits, s.misses);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 hits=100 misses=200\n" } */
/* { dg-output "v1 i=1 hits=101 misses=202\n" } */
/* { dg-output "v1 i=2 hits=103 misses=206\n" } */
/* { dg-output "v2 i=3 hits=106 lost=212 total=318\n" } */
/* { dg-output "status 0: updated to \[^ \]+/local-by-name-v2.so: 1 frames, 0 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n" } */
