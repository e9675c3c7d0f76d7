/* A global struct whose only change is a field's name: the refusal says
   which field became which, rather than that the type changed from
   struct config to struct config.  */
/* { dg-do run } */
/* { dg-versions "versions/global-field-renamed-v2/global-field-renamed.c=global-field-renamed-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; long backlog; } config = { 80, 16 };

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./global-field-renamed-v2.so");
      config.backlog += config.port;
      printf ("v1 i=%d backlog=%ld\n", i, config.backlog);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 backlog=96\n" } */
/* { dg-output "v1 i=1 backlog=176\n" } */
/* { dg-output "v1 i=2 backlog=256\n" } */
/* { dg-output "v1 i=3 backlog=336\n" } */
/* { dg-output "status -8: update to \[^ \]+/global-field-renamed-v2.so refused: global config changed type: struct config changed layout \\(field port renamed to listen_port\\), and no transformer converts it; say in the new version GEARSHIFT_FIELD_RENAMED \\(struct config, port, listen_port\\) \\(the other fields are copied by name\\), or GEARSHIFT_TRANSFORM_GLOBAL \\(config, fn\\)\n$" } */
