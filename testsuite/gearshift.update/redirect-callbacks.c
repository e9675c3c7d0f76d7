/* Callbacks that libraries and the kernel hold: a sigaction handler and
   an atexit function, registered by version 1, run version 2's code
   once the update is done.  */
/* { dg-do run } */
/* { dg-versions "versions/redirect-callbacks-v2/redirect-callbacks.c=redirect-callbacks-v2.so" } */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static volatile sig_atomic_t signals;

static void
on_usr1 (int sig)
{
  (void) sig;
  signals += 1;
}

static void
at_end (void)
{
  printf ("v1 at exit: signals=%d\n", (int) signals);
}

int
main (void)
{
  struct sigaction sa;
  sa.sa_handler = on_usr1;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction (SIGUSR1, &sa, NULL);
  atexit (at_end);
  for (int i = 0; i < 3; i++)
    {
      raise (SIGUSR1);
      printf ("v1 i=%d signals=%d\n", i, (int) signals);
      if (i == 1)
	gearshift_request_update ("./redirect-callbacks-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 signals=1\nv1 i=1 signals=2\nv2 i=2 signals=102\n" } */
/* { dg-output "status 0: updated to \[^ \]+/redirect-callbacks-v2.so: 1 frames, 1 globals mapped, 3 functions redirected\n" } */
/* { dg-output "v2 at exit: signals=102\n$" } */
