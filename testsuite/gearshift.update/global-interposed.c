/* A program linked with -rdynamic (as programs loading plugins are)
   exports its globals, and the dynamic linker binds the new version's
   references to them rather than to its own: the new version would
   convert config onto itself, and read it with its own layout.  The
   runtime binds them back to the new version's own variables, then
   shares those that map (requests).  */
/* { dg-do run } */
/* { dg-libs "-rdynamic" } */
/* { dg-versions "versions/global-interposed-v2/global-interposed.c=global-interposed-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; long backlog; int unused; } config = { 80, 16, 7 };
int requests;

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./global-interposed-v2.so");
      config.backlog += config.port + config.unused;
      requests++;
      printf ("v1 i=%d port=%d backlog=%ld requests=%d\n", i, config.port,
	      config.backlog, requests);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 port=80 backlog=103 requests=1\n" } */
/* { dg-output "v1 i=1 port=80 backlog=190 requests=2\n" } */
/* { dg-output "v1 i=2 port=80 backlog=277 requests=3\n" } */
/* { dg-output "v2 i=3 listen_port=80 backlog=361 workers=4 requests=4\n" } */
/* { dg-output "status 0: updated to \[^ \]+/global-interposed-v2.so: 1 frames, 1 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n$" } */
