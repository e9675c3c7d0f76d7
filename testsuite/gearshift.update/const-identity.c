/* One identity per constant: the address of a constant object of the
   running version, held in a table filled at start-up, in the heap or
   by a library, compares equal to the new version's address of the
   object of the same name (a name string, a method table, a sentinel),
   as real code recognises its functions and back-ends.  */
/* { dg-do run } */
/* { dg-versions "versions/const-identity-v2/const-identity.c=const-identity-v2.so" } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct fn { const char *name; int arity; };
struct io_methods { int version; int (*close) (int); };
struct file { const struct io_methods *methods; int fd; };
struct node { const struct node *next; int value; };

static const char lag_name[] = "lag";
static const char lead_name[] = "lead";
static struct fn builtins[2];
static pthread_key_t key;

static int __attribute__ ((noinline))
posix_close (int fd)
{
  return fd;
}

static const struct io_methods posix_methods = { 1, posix_close };
static const struct node nil = { &nil, 0 };

static void __attribute__ ((noinline))
setup (void)
{
  builtins[0].name = lag_name;
  builtins[0].arity = 1;
  builtins[1].name = lead_name;
  builtins[1].arity = 2;
  pthread_key_create (&key, NULL);
  pthread_setspecific (key, &posix_methods);
}

static struct file * __attribute__ ((noinline))
open_file (int fd)
{
  struct file *f = malloc (sizeof *f);
  f->methods = &posix_methods;
  f->fd = fd;
  return f;
}

static struct node * __attribute__ ((noinline))
push (int value)
{
  struct node *n = malloc (sizeof *n);
  n->next = &nil;
  n->value = value;
  return n;
}

static void __attribute__ ((noinline))
report (int i, const struct file *f, const struct node *head)
{
  printf ("v1 i=%d lag=%d lead=%d methods=%d close=%d nil=%d key=%d\n", i,
	  builtins[0].name == lag_name, builtins[1].name == lead_name,
	  f->methods == &posix_methods, f->methods->close (f->fd),
	  head->next == &nil && head->next->next == &nil,
	  pthread_getspecific (key) == &posix_methods);
}

int
main (void)
{
  setup ();
  struct file *f = open_file (7);
  struct node *head = push (3);
  for (int i = 0; i < 3; i++)
    {
      report (i, f, head);
      if (i == 1)
	gearshift_request_update ("./const-identity-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 lag=1 lead=1 methods=1 close=7 nil=1 key=1\n" } */
/* { dg-output "v1 i=1 lag=1 lead=1 methods=1 close=7 nil=1 key=1\n" } */
/* { dg-output "v2 i=2 lag=1 lead=1 methods=1 close=107 nil=1 key=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/const-identity-v2.so: 1 frames, 2 globals mapped, \[0-9\]+ functions redirected\n$" } */
