/* Threads blocked in poll, select, accept, recv, sem_wait, sleep and
   pthread_cond_timedwait when an update comes: the kick interrupts the
   system calls (EINTR, or sleep returning early), each loop reaches its
   point and its thread moves; the timed wait does not hold the update
   up, and its thread moves once woken.  */

#include <gearshift.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

enum { POLL, SELECT, EPOLL, ACCEPT, RECV, SEM, SLEEP, NANOSLEEP, TIMEDWAIT,
       N };
static const char *const names[N] = {
  "poll", "select", "epoll_wait", "accept", "recv", "sem_wait", "sleep",
  "nanosleep", "pthread_cond_timedwait"
};
volatile int version[N], stop;
static int pair[2], listener, epfd;
static sem_t sem;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;

static int __attribute__ ((noinline))
mark (void)
{
  return 2;
}

static void *
blocker (void *arg)
{
  long k = (long) arg;

  while (!stop)
    {
      version[k] = mark ();
      switch (k)
	{
	case POLL:
	  {
	    struct pollfd p = { pair[0], POLLIN, 0 };
	    poll (&p, 1, 3600 * 1000);
	    break;
	  }
	case SELECT:
	  {
	    fd_set r;
	    struct timeval hour = { 3600, 0 };
	    FD_ZERO (&r);
	    FD_SET (pair[0], &r);
	    select (pair[0] + 1, &r, NULL, NULL, &hour);
	    break;
	  }
	case EPOLL:
	  {
	    struct epoll_event e;
	    epoll_wait (epfd, &e, 1, 3600 * 1000);
	    break;
	  }
	case ACCEPT:
	  {
	    int fd = accept (listener, NULL, NULL);
	    if (fd >= 0)
	      close (fd);
	    break;
	  }
	case RECV:
	  {
	    char c;
	    recv (pair[1], &c, 1, 0);
	    break;
	  }
	case SEM:
	  sem_wait (&sem);
	  break;
	case SLEEP:
	  sleep (3600);
	  break;
	case NANOSLEEP:
	  {
	    struct timespec hour = { 3600, 0 };
	    nanosleep (&hour, NULL);
	    break;
	  }
	case TIMEDWAIT:
	  {
	    struct timespec until;
	    clock_gettime (CLOCK_REALTIME, &until);
	    until.tv_sec += 3600;
	    pthread_mutex_lock (&lock);
	    pthread_cond_timedwait (&cond, &lock, &until);
	    pthread_mutex_unlock (&lock);
	    break;
	  }
	}
      gearshift_update_point ("again");
    }
  return NULL;
}

int
main (void)
{
  pthread_t t[N];
  char msg[1024];
  int status, all;
  /* A listening socket of the abstract namespace, named by the pid.  */
  struct sockaddr_un addr = { .sun_family = AF_UNIX };

  snprintf (addr.sun_path + 1, sizeof addr.sun_path - 1,
	    "gearshift-threads-syscalls-%d", (int) getpid ());
  if (socketpair (AF_UNIX, SOCK_STREAM, 0, pair) != 0
      || (listener = socket (AF_UNIX, SOCK_STREAM, 0)) < 0
      || bind (listener, (struct sockaddr *) &addr, sizeof addr) != 0
      || listen (listener, 1) != 0 || sem_init (&sem, 0, 0) != 0
      || (epfd = epoll_create1 (0)) < 0
      || epoll_ctl (epfd, EPOLL_CTL_ADD, pair[0],
		    &(struct epoll_event) { .events = EPOLLIN }) != 0)
    {
      perror ("threads-syscalls");
      return 1;
    }
  for (long k = 0; k < N; k++)
    pthread_create (&t[k], NULL, blocker, (void *) k);
  for (int i = 0; i < 5000; i++)
    {
      all = 1;
      for (int k = 0; k < N; k++)
	all &= version[k] == 1;
      if (all)
	break;
      usleep (1000);
    }
  usleep (20000);
  gearshift_request_update ("./threads-syscalls-v2.so");
  do
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  while ((status = gearshift_update_status (msg, sizeof msg))
	 == -GEARSHIFT_EBUSY);
  printf ("status %d\n", status);
  if (status)
    printf ("%s\n", msg);
  pthread_mutex_lock (&lock);
  pthread_cond_broadcast (&cond);
  pthread_mutex_unlock (&lock);
  for (int i = 0; i < 10000; i++)
    {
      all = 1;
      for (int k = 0; k < N; k++)
	all &= version[k] == 2;
      if (all)
	break;
      usleep (1000);
    }
  for (int k = 0; k < N; k++)
    printf ("%s: version %d\n", names[k], version[k]);
  stop = 1;
  for (int k = 0; k < N; k++)
    pthread_cancel (t[k]);
  for (int k = 0; k < N; k++)
    pthread_join (t[k], NULL);
  printf ("v2 done\n");
  return 0;
}

