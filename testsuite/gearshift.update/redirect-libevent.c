/* A callback held by a library: libevent's event loop calls the timer
   callback that version 1 registered, through the pointer it keeps in
   its heap; after the update it runs version 2's (libevent, from Debian's
   libevent-dev, which tools/setup.sh installs).  The loop's frames are
   libevent's, so the update happens between two turns of it.  */
/* { dg-do run } */
/* { dg-libs "-levent" } */
/* { dg-versions "versions/redirect-libevent-v2/redirect-libevent.c=redirect-libevent-v2.so" } */

#include <stdio.h>
#include <event2/event.h>
#include <gearshift.h>

static int ticks;

static void
on_tick (evutil_socket_t fd, short what, void *arg)
{
  (void) fd;
  (void) what;
  *(int *) arg += 1;
  printf ("v1 tick %d\n", *(int *) arg);
}

int
main (void)
{
  struct event_base *base = event_base_new ();
  struct event *ev = event_new (base, -1, EV_PERSIST, on_tick, &ticks);
  struct timeval every = { 0, 1000 };
  event_add (ev, &every);
  for (int i = 0; i < 4; i++)
    {
      event_base_loop (base, EVLOOP_ONCE);
      if (i == 1)
	gearshift_request_update ("./redirect-libevent-v2.so");
      gearshift_update_point ("turn");
    }
  event_free (ev);
  event_base_free (base);
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 tick 1\nv1 tick 2\nv2 tick 12\nv2 tick 22\n" } */
/* { dg-output "status 0: updated to \[^ \]+/redirect-libevent-v2.so: 1 frames, 1 globals mapped, 2 functions redirected\n$" } */
