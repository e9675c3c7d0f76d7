/* A global struct whose fields were renamed, reordered, added and
   removed converts without a transformer when the new version asks for
   it: fields keep their values by name (port under its new name,
   listen_port), a new field keeps the new version's initial value, a
   removed one is dropped.  */
/* { dg-do run } */
/* { dg-versions "versions/global-by-name-v2/global-by-name.c=global-by-name-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; long backlog; int unused; } config = { 80, 16, 7 };

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./global-by-name-v2.so");
      config.backlog += config.port + config.unused;
      printf ("v1 i=%d port=%d backlog=%ld\n", i, config.port,
	      config.backlog);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 port=80 backlog=103\n" } */
/* { dg-output "v1 i=1 port=80 backlog=190\n" } */
/* { dg-output "v1 i=2 port=80 backlog=277\n" } */
/* { dg-output "v2 i=3 listen_port=80 backlog=361 workers=4\n" } */
/* { dg-output "status 0: updated to \[^ \]+/global-by-name-v2.so: 1 frames, 0 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n$" } */
