/* A local transformer for a local that the new version never changes
   from its initialiser: the new code holds it as a constant at its
   points (GS_FIELD_CONSTANT), so nothing could set it; the update is
   refused, saying so, and version 1 runs on.  */
/* { dg-do run } */
/* { dg-versions "versions/transform-constant-v2/transform-constant.c=transform-constant-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  int scale = 3;
  for (int i = 0; i < 4; i++)
    {
      if (i == 1)
	gearshift_request_update ("./transform-constant-v2.so");
      printf ("v1 i=%d scale=%d\n", i, scale);
      scale += 1;
      gearshift_update_point ("tick");
    }
  char msg[300];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 scale=3\n" } */
/* { dg-output "v1 i=1 scale=4\n" } */
/* { dg-output "v1 i=2 scale=5\n" } */
/* { dg-output "v1 i=3 scale=6\n" } */
/* { dg-output "status -8: update to \[^ \]+ refused: local scale of main never changes from its initialiser in the new version, which holds it as a constant at point \"tick\": its transformer cannot set it\n" } */
