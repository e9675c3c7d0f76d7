/* Version 2 of const-identity.c: close answers otherwise.  */

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
  return fd + 100;
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
  printf ("v2 i=%d lag=%d lead=%d methods=%d close=%d nil=%d key=%d\n", i,
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
	;;
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

