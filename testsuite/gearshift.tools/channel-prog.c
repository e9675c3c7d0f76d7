/* The program channel.exp runs as other users, setuid, and under
   squatted channel directories: it prints its effective user, then
   ticks every 20 ms, ARGV[1] times (default 500, 10 s), after ARGV[2]
   seconds (default 0) without an update point, which it says it slept
   when ARGV[2] is given, with SIGURG (the channel's signal) blocked
   meanwhile if ARGV[3] is "block", SIGRTMIN+4 (the update's kick) if it
   is "nokick".  Built with -DPRIVILEGED it offers a channel even when
   run setuid.  */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <gearshift.h>

#ifdef PRIVILEGED
GEARSHIFT_PRIVILEGED_CHANNEL;
#endif

int ticks;

int
main (int argc, char **argv)
{
  int n = argc > 1 ? atoi (argv[1]) : 500;

  struct timespec t0, t1;
  sigset_t urg;		/* Blocked while it sleeps.  */

  sigemptyset (&urg);
  if (argc > 3 && strcmp (argv[3], "block") == 0)
    sigaddset (&urg, SIGURG);
  if (argc > 3 && strcmp (argv[3], "nokick") == 0)
    sigaddset (&urg, SIGRTMIN + 4);
  sigprocmask (SIG_BLOCK, &urg, NULL);

  printf ("euid %d\n", (int) geteuid ());
  fflush (stdout);
  clock_gettime (CLOCK_MONOTONIC, &t0);
  sleep (argc > 2 ? atoi (argv[2]) : 0);
  clock_gettime (CLOCK_MONOTONIC, &t1);
  sigprocmask (SIG_UNBLOCK, &urg, NULL);
  if (argc > 2)
    {
      printf ("slept %ld ms\n", (long) ((t1.tv_sec - t0.tv_sec) * 1000
				       + (t1.tv_nsec - t0.tv_nsec) / 1000000));
      fflush (stdout);
    }
  for (int i = 0; i < n; i++)
    {
      ticks++;
      usleep (20000);
      gearshift_update_point ("tick");
    }
  printf ("done %d\n", ticks);
  return 0;
}
