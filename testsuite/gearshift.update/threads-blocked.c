/* Threads blocked when an update comes: one reading a pipe (the kick
   interrupts its read, and it reaches its loop's point), one waiting on a
   condition variable (the update goes on without it, naming it, and it
   moves to the new version late, at its first point once it wakes), and
   main joining a third thread from code without points.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-blocked-v2/threads-blocked.c=threads-blocked-v2.so" } */

#include <errno.h>
#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int pipe_fd[2];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready = PTHREAD_COND_INITIALIZER;
static int queued, waiting;
volatile int reader_version;

/* It has a point: its entry is redirected.  */
void __attribute__ ((noinline))
handle (const char *who, int item)
{
  gearshift_update_point ("handle");
  printf ("v1 %s handles %d", who, item);
  fflush (stdout);
}

static void *
reader (void *arg)
{
  char c;

  (void) arg;
  for (;;)
    {
      reader_version = 1;
      ssize_t n = read (pipe_fd[0], &c, 1);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	break;
      handle ("reader", c);
      printf (" (v1 reader)\n");
    }
  return NULL;
}

static void *
waiter (void *arg)
{
  int item;

  (void) arg;
  pthread_mutex_lock (&lock);
  waiting = 1;
  while (!queued)
    pthread_cond_wait (&ready, &lock);
  item = queued;
  pthread_mutex_unlock (&lock);
  handle ("waiter", item);
  printf (" (v1 waiter)\n");
  return NULL;
}

static void *
controller (void *arg)
{
  char msg[512];
  int waits;

  (void) arg;
  pthread_mutex_lock (&lock);
  waits = waiting;
  pthread_mutex_unlock (&lock);
  while (!waits || reader_version != 1)
    {
      usleep (1000);
      pthread_mutex_lock (&lock);
      waits = waiting;
      pthread_mutex_unlock (&lock);
    }
  gearshift_request_update ("./threads-blocked-v2.so");
  while (gearshift_update_status (msg, sizeof msg) == -GEARSHIFT_EBUSY)
    usleep (1000);
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  fflush (stdout);
  while (reader_version != 2)
    usleep (1000);
  pthread_mutex_lock (&lock);
  queued = 7;
  pthread_cond_signal (&ready);
  pthread_mutex_unlock (&lock);
  return NULL;
}

int
main (void)
{
  pthread_t r, w, c;

  if (pipe (pipe_fd))
    return 1;
  pthread_create (&r, NULL, reader, NULL);
  pthread_create (&w, NULL, waiter, NULL);
  pthread_create (&c, NULL, controller, NULL);
  pthread_join (c, NULL);
  pthread_join (w, NULL);
  if (write (pipe_fd[1], "\5", 1) != 1)
    return 1;
  close (pipe_fd[1]);
  pthread_join (r, NULL);
  printf ("main done\n");
  return 0;
}

/* { dg-output "^status 0: updated to \[^ \]+/threads-blocked-v2.so: \[0-9\]+ frames of 2 threads, \[^\n\]*; 4 threads reached in \[0-9.\]+ ms, thread \[0-9\] waits in pthread_cond_wait, called by waiter, and moves at its first point once it returns, thread 1 waits in pthread_join, called by code without update points, and keeps its frames\n" } */
/* { dg-output "v2 waiter handles 7 \\(v2 waiter\\)\n" } */
/* { dg-output "v2 reader handles 5 \\(v2 reader\\)\n" } */
/* { dg-output "main done\n" } */
