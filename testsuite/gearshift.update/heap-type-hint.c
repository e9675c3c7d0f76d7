/* A struct used through a pointer whose only object is a global: the
   new version converts the global, and says that no object of the type
   lives in the heap, so the update goes ahead (without the hint it is
   refused, as in heap-type-changed.c).  */
/* { dg-do run } */
/* { dg-versions "versions/heap-type-hint-v2/heap-type-hint.c=heap-type-hint-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; } config = { 80 };
int requests;

__attribute__ ((noinline)) static int
port_of (const struct config *c)
{
  return c->port;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./heap-type-hint-v2.so");
      requests += port_of (&config);
      printf ("v1 i=%d port=%d requests=%d\n", i, config.port, requests);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 port=80 requests=80\n" } */
/* { dg-output "v1 i=1 port=80 requests=160\n" } */
/* { dg-output "v1 i=2 port=80 requests=240\n" } */
/* { dg-output "v2 i=3 port=8080 backlog=16 requests=8320\n" } */
/* { dg-output "status 0: updated to \[^ \]+/heap-type-hint-v2.so: 1 frames, 1 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n" } */
