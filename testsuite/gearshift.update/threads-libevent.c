/* Threads inside libevent's loops (uninstrumented code, from Debian's
   libevent-dev).  The ticker's timer callback reaches its point with
   libevent's frames below it, which no capture can unwind: the thread
   waits there while the update maps the others, or, between two ticks,
   waits in epoll_wait, which libevent calls (the runtime's, waits.c);
   either way it goes on in its frames, and libevent calls version 2's
   callback through the redirected entry.  The idler waits in its loop with nothing due (the
   kick's EINTR is retried inside libevent): its wake-up function
   (gearshift_thread_wakeup) writes to a pipe that the loop watches,
   whose callback breaks the loop, so that the thread reaches its own
   point and moves to version 2.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-libs "-levent" } */
/* { dg-versions "versions/threads-libevent-v2/threads-libevent.c=threads-libevent-v2.so" } */

#include <event2/event.h>
#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

volatile int tick_version, idle_version, stop_ticks, stop_idle;
int wake_pipe[2];

static void
on_tick (evutil_socket_t fd, short what, void *arg)
{
  (void) fd;
  (void) what;
  gearshift_update_point ("tick");
  tick_version = 1;
  if (stop_ticks)
    event_base_loopbreak (arg);
}

static void *
ticker (void *arg)
{
  struct event_base *base = event_base_new ();
  struct event *ev = event_new (base, -1, EV_PERSIST, on_tick, base);
  struct timeval every = { 0, 1000 };

  (void) arg;
  event_add (ev, &every);
  event_base_dispatch (base);
  event_free (ev);
  event_base_free (base);
  return NULL;
}

static void
on_wake (evutil_socket_t fd, short what, void *arg)
{
  char c;

  (void) what;
  if (read (fd, &c, 1) == 1)
    event_base_loopbreak (arg);
}

static void
wake (void *arg)
{
  (void) arg;
  if (write (wake_pipe[1], "w", 1) != 1)
    perror ("write");
}

static void *
idler (void *arg)
{
  struct event_base *base = event_base_new ();
  struct event *ev = event_new (base, wake_pipe[0], EV_READ | EV_PERSIST,
				on_wake, base);

  (void) arg;
  event_add (ev, NULL);
  gearshift_thread_wakeup (wake, NULL);
  while (!stop_idle)
    {
      idle_version = 1;
      event_base_loop (base, 0);
      gearshift_update_point ("idle");
    }
  event_free (ev);
  event_base_free (base);
  return NULL;
}

int
main (void)
{
  pthread_t t, i;
  char msg[512];
  int status;

  if (pipe (wake_pipe))
    return 1;
  pthread_create (&t, NULL, ticker, NULL);
  pthread_create (&i, NULL, idler, NULL);
  while (tick_version != 1 || idle_version != 1)
    usleep (1000);
  usleep (20000);
  gearshift_request_update ("./threads-libevent-v2.so");
  do
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  while ((status = gearshift_update_status (msg, sizeof msg))
	 == -GEARSHIFT_EBUSY);
  printf ("status %d: %s\n", status, msg);
  while (tick_version != 2 || idle_version != 2)
    usleep (1000);
  printf ("v1 ticks and idles in version 2\n");
  stop_ticks = 1;
  pthread_join (t, NULL);
  stop_idle = 1;
  wake (NULL);
  pthread_join (i, NULL);
  printf ("done\n");
  return 0;
}

/* { dg-output "^status 0: updated to \[^ \]+/threads-libevent-v2.so: \[0-9\]+ frames of 2 threads, \[^\n\]*; 3 threads reached in \[0-9.\]+ ms, thread \[23\] (stays in the old version's frames \\(at a point of on_tick: a caller on the stack is not instrumented\\)|waits in epoll_wait, called by code without update points, and keeps its frames)\n" } */
/* { dg-output "v2 ticks and idles in version 2\n" } */
/* { dg-output "done\n" } */
