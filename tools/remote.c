/* gearshift command: "gearshift update PID FILE" and "gearshift status
   PID", over a running program's control channel.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The runtime of a gearshift program listens on a Unix stream socket,
   DIR/PID.sock, in a directory of mode 0700 that only its user can
   enter (runtime/channel.c; where DIR is: runtime/channel-dir.c).  The
   process's user and root may connect.  The protocol is one line each
   way:

     update /absolute/path/v2.so      ok PAUSE-MICROSECONDS MESSAGE
                                      error CODE MESSAGE
     status                           ok MESSAGE
                                      error CODE MESSAGE

   The reply to "update" comes once the update has completed or been
   refused, so it waits (up to GS_CHANNEL_REPLY_WAIT seconds,
   runtime/gs-channel.h) for the program to reach an update point.  */

#include "tool.h"
#include "gs-channel.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>


static const char update_help[] =
  "Usage: gearshift update [--force] [--json] [--tree] PID FILE\n"
  "Ask the running program PID, built with the gearshift plugin and\n"
  "linked with libgearshift, to update itself to FILE, a new version of\n"
  "it built as a shared object: at its next update point it captures its\n"
  "stack, loads FILE, maps its state and resumes in the new version, or\n"
  "refuses and goes on unchanged.  Waits up to "
  GS_STRINGIFY (GS_CHANNEL_REPLY_WAIT) " seconds for the outcome.\n"
  "Before loading FILE the program checks it without running any of it:\n"
  "a truncated or corrupt file, one without gearshift metadata, or a\n"
  "version of another program (no source file in common, or another\n"
  "-fplugin-arg-gearshift-program=NAME) is refused.\n"
  "\n"
  "  --force   skip the check that FILE is a version of this program\n"
  "            (never the checks of the file itself)\n"
  "  --tree    update PID and then each of its descendants that runs the\n"
  "            same executable (the children it forked, theirs, ...), in\n"
  "            turn, each with its own outcome\n"
  "  --json    print the outcome as one JSON object on stdout:\n"
  "            {\"pid\": PID, \"file\": PATH, \"outcome\": \"updated\",\n"
  "             \"pause_us\": US, \"prepare_us\": US, \"message\": TEXT},\n"
  "            \"outcome\": \"refused\"\n"
  "            with \"code\" and \"message\", or \"outcome\": \"error\" (the\n"
  "            reason on stderr)\n"
  "\n"
  "Exit status: 0 if the program updated, 1 if it refused the update,\n"
  "2 if it could not be asked (with --tree: the worst of them).\n";

static const char status_help[] =
  "Usage: gearshift status PID\n"
  "Print the outcome of the last update of the running program PID.\n"
  "\n"
  "Exit status: 0 if PID answered, 1 if it answered with an error,\n"
  "2 if it could not be asked.\n";

/* Parse the process id TEXT into *PID.  Returns 0 or -1.  */
static int
remote_parse_pid (const char *text, long *pid)
{
  char *end;

  errno = 0;
  *pid = strtol (text, &end, 10);
  if (errno || end == text || *end || *pid <= 0 || *pid > INT_MAX)
    {
      tool_error ("'%s' is not a process id", text);
      return -1;
    }
  return 0;
}

/* The effective user of process PID (from /proc), or -1 if unknown.  */
static long
remote_owner (long pid)
{
  char path[64], line[256];
  long real, effective = -1;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%ld/status", pid);
  f = fopen (path, "r");
  if (!f)
    return -1;
  while (fgets (line, sizeof line, f))
    if (sscanf (line, "Uid: %ld %ld", &real, &effective) == 2)
      break;
  fclose (f);
  return effective;
}

/* Copy into BUF of SIZE bytes the XDG_RUNTIME_DIR that process PID
   started with, if it can be read; return BUF, or null.  */
static const char *
remote_xdg (long pid, char *buf, size_t size)
{
  static const char name[] = "XDG_RUNTIME_DIR=";
  char path[64], env[65536];
  size_t n;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%ld/environ", pid);
  f = fopen (path, "r");
  if (!f)
    return NULL;
  n = fread (env, 1, sizeof env - 1, f);
  fclose (f);
  env[n] = '\0';
  for (size_t i = 0; i < n; i += strlen (env + i) + 1)
    if (strncmp (env + i, name, sizeof name - 1) == 0
	&& strlen (env + i + sizeof name - 1) < size)
      {
	strcpy (buf, env + i + sizeof name - 1);
	return buf[0] ? buf : NULL;
      }
  return NULL;
}

/* Connect to the control channel of process PID; return the socket, or
   -1 after reporting why not.  The channel is where the runtime puts it
   (runtime/channel-dir.c), for the process's effective user: under the
   XDG_RUNTIME_DIR the process started with, if that is safe, or in
   /tmp.  */
static int
remote_connect (long pid)
{
  char dirs[2][sizeof ((struct sockaddr_un *) 0)->sun_path];
  char xdg[sizeof dirs[0]], why[128], refused_why[128];
  const char *refused = NULL;
  long owner = remote_owner (pid);
  unsigned long uid = owner >= 0 ? (unsigned long) owner : getuid ();
  int ndirs = 0, err = ENOENT, theirs = 0;

  /* Signal 0 only tells whether PID exists and is ours.  */
  if (kill ((pid_t) pid, 0) != 0)
    {
      if (errno == ESRCH)
	{
	  tool_error ("pid %ld: no such process", pid);
	  return -1;
	}
      theirs = errno == EPERM;
    }
  /* Where the runtime went with the XDG_RUNTIME_DIR it started with,
     and /tmp, where it goes without.  */
  if (remote_xdg (pid, xdg, sizeof xdg)
      && gs_channel_dir (dirs[0], sizeof dirs[0], uid, xdg, why,
			 sizeof why) == 0)
    ndirs++;
  gs_channel_dir (dirs[ndirs++], sizeof dirs[0], uid, NULL, why, sizeof why);
  for (int i = 0; i < ndirs; i++)
    {
      struct sockaddr_un addr;
      int fd;

      int problem = gs_channel_dir_problem (dirs[i], uid, why, sizeof why);

      if (problem)
	{
	  /* The runtime refuses an unsafe directory, and says so.  */
	  if (problem < 0 && !refused)
	    {
	      refused = dirs[i];
	      memcpy (refused_why, why, sizeof why);
	    }
	  continue;
	}
      memset (&addr, 0, sizeof addr);
      addr.sun_family = AF_UNIX;
      if (snprintf (addr.sun_path, sizeof addr.sun_path,
		    GS_CHANNEL_SOCKET_FORMAT, dirs[i], pid)
	  >= (int) sizeof addr.sun_path)
	continue;
      fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (fd < 0)
	{
	  tool_error ("cannot create a socket: %s", strerror (errno));
	  return -1;
	}
      if (connect (fd, (struct sockaddr *) &addr, sizeof addr) == 0)
	return fd;
      if (err == ENOENT || errno != ENOENT)
	err = errno;
      close (fd);
    }
  if (theirs || err == EACCES || err == EPERM)
    tool_error ("pid %ld: permission denied (the process belongs to "
		"another user)", pid);
  else if (refused)
    tool_error ("pid %ld has no gearshift control channel: %s%s, so its "
		"runtime refused it", pid, refused, refused_why);
  else if (err == ENOENT || err == ECONNREFUSED || err == ENOTDIR)
    tool_error ("pid %ld has no gearshift control channel (not a gearshift "
		"program, or its channel is off)", pid);
  else
    tool_error ("pid %ld: cannot connect to its control channel: %s", pid,
		strerror (err));
  return -1;
}

/* Send REQUEST on FD and read the one-line reply into REPLY of SIZE
   bytes, without its newline, waiting up to GS_CHANNEL_REPLY_WAIT seconds.
   Returns 0, or -1 after reporting why not (for process PID).  */
static int
remote_exchange (int fd, long pid, const char *request, char *reply,
		 size_t size)
{
  size_t len = strlen (request), done = 0;
  time_t deadline = time (NULL) + GS_CHANNEL_REPLY_WAIT;

  while (done < len)
    {
      ssize_t n = send (fd, request + done, len - done, MSG_NOSIGNAL);

      if (n < 0 && errno == EINTR)
	continue;
      if (n < 0)
	{
	  tool_error ("pid %ld: cannot send the request: %s", pid,
		      strerror (errno));
	  return -1;
	}
      done += (size_t) n;
    }
  done = 0;
  for (;;)
    {
      struct pollfd p = { fd, POLLIN, 0 };
      time_t now = time (NULL);
      int ready;
      ssize_t n;
      char *nl;

      if (now >= deadline)
	break;
      ready = poll (&p, 1, (int) (deadline - now) * 1000);
      if (ready < 0 && errno == EINTR)
	continue;
      if (ready < 0)
	{
	  tool_error ("pid %ld: %s", pid, strerror (errno));
	  return -1;
	}
      if (ready == 0)
	break;
      n = recv (fd, reply + done, size - 1 - done, 0);
      if (n < 0 && errno == EINTR)
	continue;
      if (n < 0)
	{
	  tool_error ("pid %ld: cannot read the reply: %s", pid,
		      strerror (errno));
	  return -1;
	}
      if (n == 0)
	{
	  tool_error ("pid %ld closed its control channel without replying "
		      "(did it exit?)", pid);
	  return -1;
	}
      done += (size_t) n;
      reply[done] = '\0';
      nl = strchr (reply, '\n');
      if (nl)
	{
	  *nl = '\0';
	  return 0;
	}
      if (done == size - 1)
	{
	  tool_error ("pid %ld: reply too long", pid);
	  return -1;
	}
    }
  tool_error ("pid %ld: no reply within %d seconds", pid,
	      GS_CHANNEL_REPLY_WAIT);
  return -1;
}

/* If REPLY is "error CODE MESSAGE", return MESSAGE; else null.  */
static const char *
remote_error_message (const char *reply)
{
  const char *p;

  if (strncmp (reply, "error ", 6) != 0)
    return NULL;
  p = reply + 6;
  p += strspn (p, "-0123456789");
  return p + strspn (p, " ");
}

/* Print a duration of US microseconds in milliseconds.  */
static void
remote_print_ms (double us)
{
  double ms = us / 1000;

  if (ms >= 100)
    printf ("%.0f ms", ms);
  else if (ms >= 1)
    printf ("%.1f ms", ms);
  else
    printf ("%.2f ms", ms);
}

/* Print S as a JSON string.  */
static void
remote_json_string (const char *s)
{
  putchar ('"');
  for (; *s; s++)
    if (*s == '"' || *s == '\\')
      printf ("\\%c", *s);
    else if ((unsigned char) *s < 0x20)
      printf ("\\u%04x", (unsigned char) *s);
    else
      putchar (*s);
  putchar ('"');
}

/* With --json: print the outcome of the update of PID to PATH (OUTCOME
   "updated", "refused" or "error"; MESSAGE, CODE, the pause US and the
   time PREP_US that the file took to check and load before it, when
   known) and return STATUS.  */
static int
remote_json (int status, long pid, const char *path, const char *outcome,
	     long code, double us, double prep_us, const char *message)
{
  printf ("{\"pid\": %ld, \"file\": ", pid);
  remote_json_string (path);
  printf (", \"outcome\": \"%s\"", outcome);
  if (us >= 0)
    printf (", \"pause_us\": %.1f", us);
  if (prep_us >= 0)
    printf (", \"prepare_us\": %.1f", prep_us);
  if (code)
    printf (", \"code\": %ld", code);
  if (message)
    {
      printf (", \"message\": ");
      remote_json_string (message);
    }
  printf ("}\n");
  return status;
}

/* The exit status of an update of PID to PATH that could not be asked
   (why is on stderr already), its outcome printed with --json (JSON).  */
static int
remote_trouble (int json, long pid, const char *path)
{
  return json ? remote_json (TOOL_EXIT_TROUBLE, pid, path, "error", 0, -1,
			     -1, NULL) : TOOL_EXIT_TROUBLE;
}

/* The parent of process PID, from /proc/PID/stat, or -1.  */
static long
remote_parent (long pid)
{
  char file[64], text[1024], *close_paren;
  long ppid = -1;
  FILE *f;

  snprintf (file, sizeof file, "/proc/%ld/stat", pid);
  if (!(f = fopen (file, "r")))
    return -1;
  /* "PID (COMMAND) STATE PPID ...": the command may hold anything.  */
  if (fgets (text, sizeof text, f)
      && (close_paren = strrchr (text, ')')))
    sscanf (close_paren + 1, " %*c %ld", &ppid);
  fclose (f);
  return ppid;
}

/* Read the executable of process PID into BUF of SIZE bytes.  Returns
   0, or -1 when it cannot be read.  */
static int
remote_exe (long pid, char *buf, size_t size)
{
  char link[64];
  ssize_t len;

  snprintf (link, sizeof link, "/proc/%ld/exe", pid);
  if ((len = readlink (link, buf, size - 1)) < 0)
    return -1;
  buf[len] = '\0';
  return 0;
}

/* Store into *LIST (malloc'ed) PID and its descendants that run the
   same executable, parents before their children; return how many, or
   0 when PID's executable cannot be read.  */
static size_t
remote_tree (long pid, long **list)
{
  struct remote_proc { long pid, ppid; } *procs = NULL, *more;
  char root_exe[PATH_MAX], other[PATH_MAX];
  size_t nprocs = 0, cap = 0, n = 0;
  long *pids;
  DIR *d;
  struct dirent *e;

  if (remote_exe (pid, root_exe, sizeof root_exe))
    return 0;
  /* One pass over /proc: the other processes running that executable,
     with their parents.  */
  if ((d = opendir ("/proc")))
    {
      while ((e = readdir (d)))
	{
	  char *end;
	  long p = strtol (e->d_name, &end, 10);

	  if (*end || p <= 0 || p == pid
	      || remote_exe (p, other, sizeof other)
	      || strcmp (other, root_exe) != 0)
	    continue;
	  if (nprocs == cap)
	    {
	      cap = cap ? 2 * cap : 16;
	      if (!(more = realloc (procs, cap * sizeof *procs)))
		break;
	      procs = more;
	    }
	  procs[nprocs].pid = p;
	  procs[nprocs++].ppid = remote_parent (p);
	}
      closedir (d);
    }
  if (!(pids = malloc ((nprocs + 1) * sizeof *pids)))
    {
      free (procs);
      return 0;
    }
  /* Breadth first, through processes of that executable only.  */
  pids[n++] = pid;
  for (size_t done = 0; done < n; done++)
    for (size_t i = 0; i < nprocs; i++)
      if (procs[i].ppid == pids[done])
	pids[n++] = procs[i].pid;
  free (procs);
  *list = pids;
  return n;
}

static int remote_update (long pid, const char *path, int force, int json);

/* gearshift update [--force] [--json] [--tree] PID FILE.  ARGV[0] is
   "update".  */
int
tool_update (int argc, char **argv)
{
  char path[PATH_MAX];
  long pid, *pids;
  size_t n;
  int force = 0, json = 0, tree = 0, worst = TOOL_EXIT_OK;

  if (tool_wants_help (argc, argv, update_help))
    return TOOL_EXIT_OK;
  while (argc > 1 && (strcmp (argv[1], "--force") == 0
		      || strcmp (argv[1], "--json") == 0
		      || strcmp (argv[1], "--tree") == 0))
    {
      if (strcmp (argv[1], "--force") == 0)
	force = 1;
      else if (strcmp (argv[1], "--tree") == 0)
	tree = 1;
      else
	json = 1;
      argc--;
      argv++;
    }
  if (argc != 3)
    {
      tool_error ("update: expected [--force] [--json] [--tree], a process "
		  "id and a file (try 'gearshift update --help')");
      return TOOL_EXIT_TROUBLE;
    }
  if (remote_parse_pid (argv[1], &pid))
    return TOOL_EXIT_TROUBLE;
  /* The program resolves nothing: its working directory is not ours.  */
  if (!realpath (argv[2], path))
    {
      tool_error ("%s: %s", argv[2], strerror (errno));
      return remote_trouble (json, pid, argv[2]);
    }
  if (strchr (path, '\n'))
    {
      tool_error ("%s: a file name with a newline cannot be sent", path);
      return remote_trouble (json, pid, path);
    }
  if (!tree)
    return remote_update (pid, path, force, json);
  if (!(n = remote_tree (pid, &pids)))
    {
      tool_error ("pid %ld: no such process, or not yours", pid);
      return remote_trouble (json, pid, path);
    }
  for (size_t i = 0; i < n; i++)
    {
      int status = remote_update (pids[i], path, force, json);

      if (status > worst)
	worst = status;
    }
  free (pids);
  return worst;
}

/* Update process PID to PATH, absolute; print the outcome and return
   the exit status.  */
static int
remote_update (long pid, const char *path, int force, int json)
{
  char request[PATH_MAX + 32], reply[4096];
  const char *msg;
  int fd, rc;

  fd = remote_connect (pid);
  if (fd < 0)
    return remote_trouble (json, pid, path);
  snprintf (request, sizeof request, "update %s%s\n",
	    force ? "--force " : "", path);
  rc = remote_exchange (fd, pid, request, reply, sizeof reply);
  close (fd);
  if (rc)
    return remote_trouble (json, pid, path);
  if (strncmp (reply, "ok ", 3) == 0)
    {
      char *end, *end2;
      double us = strtod (reply + 3, &end);

      if (end != reply + 3)
	{
	  /* Then how long the file took to check and load, beforehand.  */
	  double prep_us = strtod (end, &end2);

	  if (end2 == end)
	    prep_us = -1;
	  msg = end2 + strspn (end2, " ");
	  if (json)
	    return remote_json (TOOL_EXIT_OK, pid, path, "updated", 0, us,
				prep_us, msg);
	  printf ("updated pid %ld to %s in ", pid, gs_rules_basename (path));
	  remote_print_ms (us);
	  if (prep_us >= 0)
	    {
	      printf (" (loaded and checked in ");
	      remote_print_ms (prep_us);
	      printf (" before it)");
	    }
	  printf (": %s\n", msg);
	  return TOOL_EXIT_OK;
	}
    }
  else if ((msg = remote_error_message (reply)))
    {
      tool_error ("update of pid %ld refused: %s", pid, msg);
      return json ? remote_json (TOOL_EXIT_REFUSED, pid, path, "refused",
				 strtol (reply + 6, NULL, 10), -1, -1, msg)
		  : TOOL_EXIT_REFUSED;
    }
  tool_error ("pid %ld: unexpected reply: %s", pid, reply);
  return remote_trouble (json, pid, path);
}

/* gearshift status PID.  ARGV[0] is "status".  */
int
tool_status (int argc, char **argv)
{
  char reply[4096];
  const char *msg;
  long pid;
  int fd, rc;

  if (tool_wants_help (argc, argv, status_help))
    return TOOL_EXIT_OK;
  if (argc != 2)
    {
      tool_error ("status: expected a process id (try 'gearshift status "
		  "--help')");
      return TOOL_EXIT_TROUBLE;
    }
  if (remote_parse_pid (argv[1], &pid))
    return TOOL_EXIT_TROUBLE;
  fd = remote_connect (pid);
  if (fd < 0)
    return TOOL_EXIT_TROUBLE;
  rc = remote_exchange (fd, pid, "status\n", reply, sizeof reply);
  close (fd);
  if (rc)
    return TOOL_EXIT_TROUBLE;
  if (strncmp (reply, "ok", 2) == 0 && (reply[2] == ' ' || !reply[2]))
    {
      printf ("pid %ld: %s\n", pid, reply + 2 + strspn (reply + 2, " "));
      return TOOL_EXIT_OK;
    }
  if ((msg = remote_error_message (reply)))
    {
      tool_error ("status of pid %ld: %s", pid, msg);
      return TOOL_EXIT_REFUSED;
    }
  tool_error ("pid %ld: unexpected reply: %s", pid, reply);
  return TOOL_EXIT_TROUBLE;
}
