/* A transformer that reports failure refuses the update: the old version
   resumes where it stopped, its globals untouched.  */
/* { dg-do run } */
/* { dg-versions "versions/transform-fails-v2/transform-fails.c=transform-fails-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; } config = { 80 };

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./transform-fails-v2.so");
      config.port += 1;
      printf ("v1 i=%d port=%d\n", i, config.port);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=2 port=83\n" } */
/* { dg-output "v1 i=3 port=84\n" } */
/* { dg-output "status -8: update to \[^ \]+/transform-fails-v2.so refused: the transformer of global config failed\n" } */
