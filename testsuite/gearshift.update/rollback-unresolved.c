/* A new version that needs a symbol nothing defines does not load: the
   update is refused and version 1 goes on with nothing lost.  */
/* { dg-do run } */
/* { dg-versions "versions/rollback-unresolved-v2/rollback-unresolved.c=rollback-unresolved-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int total;

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 1)
	gearshift_request_update ("./rollback-unresolved-v2.so");
      total += i;
      printf ("v1 i=%d total=%d\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[300];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=1 total=1\n" } */
/* { dg-output "v1 i=2 total=3\n" } */
/* { dg-output "v1 i=3 total=6\n" } */
/* { dg-output "status -7: update to \[^ \]+/rollback-unresolved-v2.so refused: cannot load it: \[^\n\]*undefined symbol: gearshift_test_undefined\n" } */
