/* Version 2 of transform-global.c: config gains a field; a transformer
   converts the running value.  */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; int backlog; } config = { 0, 0 };
int requests;
struct config *current;

struct config_v1 { int port; };

static int
widen (const void *old, void *new)
{
  const struct config_v1 *o = old;
  struct config *n = new;
  n->port = o->port + 8000;
  n->backlog = 16;
  return 0;
}
GEARSHIFT_TRANSFORM_GLOBAL (config, widen)

int
main (void)
{
  current = &config;
  for (int i = 0; i < 4; i++)
    {
      requests += config.port;
      printf ("v2 i=%d port=%d backlog=%d requests=%d current=%d\n", i,
	      config.port, config.backlog, requests, current == &config);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
