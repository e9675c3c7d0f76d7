/* A global struct whose type changed (a field added) is converted by the
   new version's transformer; the other globals keep their values, and
   a pointer to the struct in one of them follows it.  */
/* { dg-do run } */
/* { dg-versions "versions/transform-global-v2/transform-global.c=transform-global-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; } config = { 80 };
int requests;
struct config *current;

int
main (void)
{
  current = &config;
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./transform-global-v2.so");
      requests += config.port;
      printf ("v1 i=%d port=%d requests=%d\n", i, config.port, requests);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 port=80 requests=80\n" } */
/* { dg-output "v1 i=1 port=80 requests=160\n" } */
/* { dg-output "v1 i=2 port=80 requests=240\n" } */
/* { dg-output "v2 i=3 port=8080 backlog=16 requests=8320 current=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/transform-global-v2.so: 1 frames, 2 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n" } */
